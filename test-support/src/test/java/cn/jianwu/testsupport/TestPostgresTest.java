package cn.jianwu.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestPostgresTest {

	@Test
	void keepsTheDatabaseOfARunningJvm() {
		assertThat(TestPostgres.runStillAlive("jianwu_it_" + ProcessHandle.current().pid() + "_3fa1")).isTrue();
	}

	@Test
	void dropsTheDatabaseOfAJvmThatEnded() throws Exception {
		Process ended = new ProcessBuilder("true").start();
		ended.waitFor();
		assertThat(TestPostgres.runStillAlive("jianwu_it_" + ended.pid() + "_3fa1")).isFalse();
	}

	@Test
	void keepsADatabaseWhoseNameItCannotRead() {
		assertThat(TestPostgres.runStillAlive("jianwu_it_manual")).isTrue();
	}

}
