package com.studybot.adapter.persistence;

import com.studybot.core.persistence.PostLedger;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema dropped afterwards. */
final class PostgresPostLedgerTest extends PostLedgerContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    PostLedger ledger() {
        return new JdbcPostLedger(db.database().dataSource());
    }
}
