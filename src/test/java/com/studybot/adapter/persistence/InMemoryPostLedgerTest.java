package com.studybot.adapter.persistence;

import com.studybot.core.persistence.PostLedger;
import com.studybot.testing.InMemoryPostLedger;

final class InMemoryPostLedgerTest extends PostLedgerContract {
    private final PostLedger ledger = new InMemoryPostLedger();

    @Override
    PostLedger ledger() {
        return ledger;
    }
}
