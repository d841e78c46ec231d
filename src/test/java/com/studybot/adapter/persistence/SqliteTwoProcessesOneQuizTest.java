package com.studybot.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteTwoProcessesOneQuizTest extends TwoProcessesOneQuizContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    TestDatabase db() {
        return db;
    }
}
