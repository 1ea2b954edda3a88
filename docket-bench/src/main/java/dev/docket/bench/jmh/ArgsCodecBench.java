package dev.docket.bench.jmh;

import dev.docket.JacksonJsonCodec;
import dev.docket.JsonCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JSON codec on a job's arguments: encoding them at enqueue, decoding them before the handler
 * runs, and normalizing JSON text that arrives as is (the HTTP API and other languages).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ArgsCodecBench {
    private JsonCodec codec;
    private SampleArgs args;
    private String json;

    @Setup
    public void setUp() {
        codec = JacksonJsonCodec.create();
        args = SampleArgs.example();
        json = codec.encode(args);
    }

    @Benchmark
    public String encode() {
        return codec.encode(args);
    }

    @Benchmark
    public SampleArgs decode() {
        return codec.decode(json, SampleArgs.class);
    }

    @Benchmark
    public String normalize() {
        return codec.normalize(json);
    }
}
