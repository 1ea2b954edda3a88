package dev.docket.postgres;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections note, in order, every statement prepared (with the auto-commit
 * mode it was prepared in) and every commit, so a test can tell which statements shared a
 * transaction. Everything else, {@code unwrap} included, goes straight to the real connection.
 */
final class RecordingDataSource implements DataSource {
    private final DataSource target;
    private final List<String> events = new ArrayList<>();

    RecordingDataSource(DataSource target) {
        this.target = target;
    }

    /** What the connections did so far: {@code "prepare auto-commit on|off: SQL"} and {@code "commit"}. */
    synchronized List<String> events() {
        return List.copyOf(events);
    }

    private synchronized void note(String event) {
        events.add(event);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return record(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return record(target.getConnection(user, password));
    }

    private Connection record(Connection real) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement")) {
                note("prepare auto-commit " + (real.getAutoCommit() ? "on" : "off") + ": " + args[0]);
            } else if (method.getName().equals("commit")) {
                note("commit");
            }
            return invoke(real, method, args);
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Connection real, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target.isWrapperFor(type);
    }
}
