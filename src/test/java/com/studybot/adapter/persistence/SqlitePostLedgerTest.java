package com.studybot.adapter.persistence;

import com.studybot.core.persistence.PostLedger;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SqlitePostLedgerTest extends PostLedgerContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    PostLedger ledger() {
        return new JdbcPostLedger(db.database().dataSource());
    }
}
