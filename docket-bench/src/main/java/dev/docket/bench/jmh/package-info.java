/**
 * JMH micro-benchmarks of Docket's hot paths: argument encoding and decoding, claiming a batch, and
 * recording outcomes one by one against in batches, on the in-memory store and on PostgreSQL. Run
 * from the shaded jar: {@code java -cp docket-bench/target/docket-bench.jar org.openjdk.jmh.Main
 * dev.docket.bench.jmh -f 1 -wi 2 -i 3}; the PostgreSQL server is
 * {@code -Ddocket.bench.pg=jdbc:postgresql://HOST:PORT/DB?user=U} (default the local one), used in
 * the schema {@value dev.docket.bench.jmh.BenchStores#SCHEMA} (or {@code -Ddocket.bench.schema=peers_NAME}),
 * dropped and recreated for every iteration. JMH passes these properties on to its forks.
 */
package dev.docket.bench.jmh;
