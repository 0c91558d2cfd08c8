package cn.jianwu.launcher;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RestartRequestsTest {

	@TempDir
	Path folder;

	@Test
	void aRequestIsTakenOnceAndItsAnswerReadOnce() {
		RestartRequests command = new RestartRequests(this.folder.resolve("restart"));
		RestartRequests launcher = new RestartRequests(this.folder.resolve("restart"));

		String id = command.submit("channel-weibo");

		assertThat(command.result(id)).isEmpty();
		assertThat(launcher.take()).containsExactly(new RestartRequests.Request(id, "channel-weibo"));
		assertThat(launcher.take()).isEmpty();

		launcher.answer(id, new RestartRequests.Result(RestartRequests.Outcome.RESTARTED, 12.34, 4242, "runs again"));

		assertThat(command.result(id))
			.contains(new RestartRequests.Result(RestartRequests.Outcome.RESTARTED, 12.3, 4242, "runs again"));
		assertThat(command.result(id)).isEmpty();
	}

	@Test
	void aWithdrawnRequestIsNeverTaken() {
		RestartRequests requests = new RestartRequests(this.folder);
		String id = requests.submit("kafka");

		requests.withdraw(id);

		assertThat(requests.take()).isEmpty();
	}

	@Test
	void aNewLauncherForgetsTheRequestsOfAnEarlierOne() {
		RestartRequests requests = new RestartRequests(this.folder);
		requests.submit("kafka");
		requests.answer("old", RestartRequests.Result.refused("gone"));

		requests.clear();

		assertThat(requests.take()).isEmpty();
		assertThat(requests.result("old")).isEmpty();
		assertThat(new RestartRequests(this.folder.resolve("never-created")).take()).isEmpty();
	}

}
