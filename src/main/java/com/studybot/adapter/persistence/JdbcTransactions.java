package com.studybot.adapter.persistence;

import com.studybot.core.persistence.Transactions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Transactions over a JDBC pool: inside {@link #inOne}, every connection the stores ask {@link #dataSource()}
 * for is the one transaction's connection (its close does nothing), so stores written for auto-commit join it
 * unchanged, and SQLite's single connection is never asked for twice.
 */
final class JdbcTransactions implements Transactions {
    private final DataSource pool;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private final DataSource bound;

    JdbcTransactions(DataSource pool) {
        this.pool = pool;
        this.bound = new BoundDataSource(pool, current::get);
    }

    /** The data source the stores use: the transaction's connection inside one, the pool's otherwise. */
    DataSource dataSource() {
        return bound;
    }

    @Override
    public void inOne(Runnable work) {
        if (current.get() != null) {
            work.run();
            return;
        }
        var actions = new ArrayList<Runnable>();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            afterCommit.set(actions);
            try {
                work.run();
                c.commit();
            } catch (RuntimeException | SQLException | Error e) {
                rollBack(c, e); // a failed rollback (the commit failed half-way) never hides why
                throw e;
            } finally {
                current.remove();
                afterCommit.remove();
                restore(c);
            }
        } catch (SQLException e) {
            throw new StoreException("committing a quiz step", e);
        }
        actions.forEach(Runnable::run);
    }

    private static void rollBack(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException also) {
            cause.addSuppressed(also);
        }
    }

    private static void restore(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the pool discards a connection it cannot reset; what failed before is what matters
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> pending = afterCommit.get();
        if (pending == null) {
            action.run();
        } else {
            pending.add(action);
        }
    }

    /** A connection whose close leaves the transaction open; everything else goes to the real one. */
    static Connection unclosable(Connection real) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
