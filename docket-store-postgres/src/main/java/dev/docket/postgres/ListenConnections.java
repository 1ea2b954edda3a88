package dev.docket.postgres;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.postgresql.ds.common.BaseDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the notifier gets its LISTEN connection. It is held for the store's life, so it should be
 * a separate physical connection rather than one borrowed from the pool forever: for a HikariCP
 * pool (ours or the user's) it is opened with the pool's URL and credentials; pgjdbc's own data
 * sources do not pool, so they are used as they are. Only an unknown pool has one of its
 * connections borrowed (and that is logged).
 */
@FunctionalInterface
interface ListenConnections {
    Logger log = LoggerFactory.getLogger(ListenConnections.class);

    /** Opens a connection; closing it ends the session (or returns it to its pool). */
    Connection open() throws SQLException;

    /** A source of separate physical connections for {@code dataSource}. */
    static ListenConnections forDataSource(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
                if (hikari.getJdbcUrl() != null) {
                    Properties props = new Properties();
                    props.putAll(hikari.getDataSourceProperties());
                    if (hikari.getUsername() != null) {
                        props.setProperty("user", hikari.getUsername());
                    }
                    if (hikari.getPassword() != null) {
                        props.setProperty("password", hikari.getPassword());
                    }
                    return direct(hikari.getJdbcUrl(), props);
                }
                if (hikari.getDataSource() != null) {
                    return forDataSource(hikari.getDataSource());
                }
            }
            if (dataSource.isWrapperFor(BaseDataSource.class)) {
                return dataSource::getConnection;
            }
        } catch (SQLException e) {
            log.debug("could not inspect the data source; borrowing a connection for LISTEN", e);
        }
        log.info("Docket's PostgreSQL notifications hold one connection of the given data source ({})",
                dataSource.getClass().getName());
        return dataSource::getConnection;
    }

    /** Connections opened straight through the pgjdbc driver. */
    static ListenConnections direct(String url, Properties props) {
        Properties copy = new Properties();
        copy.putAll(props);
        copy.putIfAbsent("ApplicationName", "docket-listener");
        copy.putIfAbsent("tcpKeepAlive", "true");
        copy.putIfAbsent("socketTimeout", "60");
        Driver driver = new Driver();
        return () -> {
            Connection c = driver.connect(url, copy);
            if (c == null) {
                throw new SQLException("not a PostgreSQL URL: " + url);
            }
            return c;
        };
    }
}
