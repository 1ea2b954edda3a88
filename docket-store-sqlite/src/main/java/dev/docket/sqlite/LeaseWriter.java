package dev.docket.sqlite;

import dev.docket.spi.LeaseRef;
import dev.docket.spi.ReleaseParams;
import dev.docket.spi.RenewParams;
import dev.docket.spi.RenewedLease;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renews and releases leases of running attempts, each as one fenced, batched {@code UPDATE}. */
final class LeaseWriter {
    private static final String RENEW = "UPDATE docket_jobs SET lease_expires_at = ?,"
            + " progress_json = COALESCE(?, progress_json) WHERE id = ? AND attempt = ? AND state = 'running'";
    private static final String CANCEL_FLAGS = "SELECT id, cancel_requested FROM docket_jobs"
            + " WHERE id IN (SELECT value FROM json_each(?))";
    private static final String RELEASE = "UPDATE docket_jobs SET"
            + " state = CASE cancel_requested WHEN 0 THEN 'available' ELSE 'cancelled' END,"
            + " finished_at = CASE cancel_requested WHEN 0 THEN NULL ELSE ? END,"
            + " lease_expires_at = NULL, worker = NULL, cancel_requested = 0"
            + " WHERE id = ? AND attempt = ? AND state = 'running'";

    private LeaseWriter() {
    }

    /** Extends the leases still held; returns them with their new expiry and cancel flag. */
    static List<RenewedLease> renew(Tx tx, RenewParams params) throws SQLException {
        if (params.leases().isEmpty()) {
            return List.of();
        }
        long now = tx.now(params.now());
        long expires = Times.plus(now, Times.millis(params.lease()));
        PreparedStatement ps = tx.prepare(RENEW);
        for (LeaseRef lease : params.leases()) {
            ps.setLong(1, expires);
            String progress = params.progress().get(lease.id());
            if (progress == null) {
                ps.setNull(2, Types.VARCHAR);
            } else {
                ps.setString(2, progress);
            }
            ps.setLong(3, lease.id());
            ps.setInt(4, lease.attempt());
            ps.addBatch();
        }
        int[] counts = ps.executeBatch();
        List<LeaseRef> held = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                held.add(params.leases().get(i));
            }
        }
        if (held.isEmpty()) {
            return List.of();
        }
        Map<Long, Boolean> cancel = cancelFlags(tx, held);
        Instant expiresAt = Times.instant(expires);
        List<RenewedLease> out = new ArrayList<>(held.size());
        for (LeaseRef lease : held) {
            out.add(new RenewedLease(lease, expiresAt, cancel.getOrDefault(lease.id(), false)));
        }
        return out;
    }

    /** Hands running attempts back; returns how many were still held. */
    static int release(Tx tx, ReleaseParams params) throws SQLException {
        if (params.leases().isEmpty()) {
            return 0;
        }
        long now = tx.now(params.now());
        PreparedStatement ps = tx.prepare(RELEASE);
        for (LeaseRef lease : params.leases()) {
            ps.setLong(1, now);
            ps.setLong(2, lease.id());
            ps.setInt(3, lease.attempt());
            ps.addBatch();
        }
        int released = 0;
        for (int n : ps.executeBatch()) {
            released += n;
        }
        return released;
    }

    private static Map<Long, Boolean> cancelFlags(Tx tx, List<LeaseRef> held) throws SQLException {
        PreparedStatement ps = tx.prepare(CANCEL_FLAGS);
        ps.setString(1, JobRows.jsonIds(held.stream().map(LeaseRef::id).toList()));
        Map<Long, Boolean> flags = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                flags.put(rs.getLong(1), rs.getInt(2) != 0);
            }
        }
        return flags;
    }
}
