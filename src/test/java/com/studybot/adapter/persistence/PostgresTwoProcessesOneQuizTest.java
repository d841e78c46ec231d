package com.studybot.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

final class PostgresTwoProcessesOneQuizTest extends TwoProcessesOneQuizContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    TestDatabase db() {
        return db;
    }
}
