package cn.jianwu.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RestartsTest {

	@TempDir
	Path folder;

	private final Map<String, Running> running = new ConcurrentHashMap<>();

	private final AtomicInteger stops = new AtomicInteger();

	private final AtomicInteger starts = new AtomicInteger();

	@Test
	void aRunningPartIsStoppedAndStartedAgainWithItsNewPidRecorded() {
		PidFiles pidFiles = new PidFiles(this.folder);
		Restarts restarts = restarts(pidFiles);
		long self = ProcessHandle.current().pid();
		this.running.put("kafka", server("kafka", self));
		restarts.remember("kafka", () -> {
			this.starts.incrementAndGet();
			return server("kafka", self);
		});

		RestartRequests.Result result = restarts.restart("kafka");

		assertThat(result.outcome()).isEqualTo(RestartRequests.Outcome.RESTARTED);
		assertThat(result.pid()).isEqualTo(self);
		assertThat(this.stops).hasValue(1);
		assertThat(this.starts).hasValue(1);
		assertThat(pidFiles.read("kafka")).contains(self);
		assertThat(this.running.get("kafka").address()).isEqualTo("kafka-address");
	}

	@Test
	void aPartThatHasEndedIsOnlyStarted() {
		Restarts restarts = restarts(new PidFiles(this.folder));
		this.running.put("channel-weibo-server", server("channel-weibo-server", Long.MAX_VALUE - 1));
		restarts.remember("channel-weibo-server", () -> {
			this.starts.incrementAndGet();
			return server("channel-weibo-server", ProcessHandle.current().pid());
		});

		assertThat(restarts.restart("channel-weibo-server").outcome()).isEqualTo(RestartRequests.Outcome.RESTARTED);
		assertThat(this.stops).hasValue(0);
		assertThat(this.starts).hasValue(1);
	}

	@Test
	void aReusedServerIsNotOursToRestart() {
		Restarts restarts = restarts(new PidFiles(this.folder));
		this.running.put("redis", Running.reused("redis", "127.0.0.1:6379"));
		restarts.remember("redis", () -> {
			this.starts.incrementAndGet();
			return Running.reused("redis", "127.0.0.1:6379");
		});

		RestartRequests.Result result = restarts.restart("redis");

		assertThat(result.outcome()).isEqualTo(RestartRequests.Outcome.REFUSED);
		assertThat(result.message()).contains("not started by this launcher", "127.0.0.1:6379");
		assertThat(restarts.restart("elasticsearch").message()).isEqualTo("elasticsearch is not part of this run");
		assertThat(this.starts).hasValue(0);
	}

	@Test
	void aPartThatDoesNotStartAgainIsReportedWithTheReason() {
		Restarts restarts = restarts(new PidFiles(this.folder));
		this.running.put("elasticsearch", server("elasticsearch", Long.MAX_VALUE - 1));
		restarts.remember("elasticsearch", () -> {
			throw new IllegalStateException("port 9200 is taken");
		});

		RestartRequests.Result result = restarts.restart("elasticsearch");

		assertThat(result.outcome()).isEqualTo(RestartRequests.Outcome.FAILED);
		assertThat(result.message()).isEqualTo("elasticsearch did not start: port 9200 is taken");
	}

	@Test
	void requestsAreAnsweredThroughTheirFiles() {
		RestartRequests requests = new RestartRequests(this.folder.resolve("restart"));
		Restarts restarts = new Restarts(this.running, new PidFiles(this.folder), requests, List.of(),
				Duration.ofSeconds(5), () -> false);
		String id = requests.submit("postgres");

		restarts.takeRequests();

		AtomicReference<RestartRequests.Result> result = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			requests.result(id).ifPresent(result::set);
			return result.get() != null;
		});
		assertThat(result.get().outcome()).isEqualTo(RestartRequests.Outcome.REFUSED);
		assertThat(result.get().message()).isEqualTo("postgres is not part of this run");
		restarts.shutdown();
	}

	private Restarts restarts(PidFiles pidFiles) {
		return new Restarts(this.running, pidFiles, new RestartRequests(this.folder.resolve("restart")), List.of(),
				Duration.ofSeconds(5), () -> false);
	}

	private Running server(String name, long pid) {
		return new Running(name, name + "-address", pid, this.folder.resolve(name + ".log"),
				this.stops::incrementAndGet, 0);
	}

}
