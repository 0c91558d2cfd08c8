package cn.jianwu.reports.ingest;

import java.net.URI;

import cn.jianwu.platform.web.Problems;
import cn.jianwu.reports.api.replay.ReplayProgress;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's rebuild of the read model from the topics (role {@code ADMIN}, see
 * {@link ReplayAuthorization}; {@code run.sh replay-reports} and docs/reports.md
 * "Replay"): start one, and follow it.
 */
@RestController
class ReplayController {

	static final String PATH = "/api/reports/admin/replay";

	private final Replay replay;

	ReplayController(Replay replay) {
		this.replay = replay;
	}

	@PostMapping(PATH)
	ResponseEntity<?> start() {
		ReplayProgress started = this.replay.start();
		if (started == null) {
			ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "replay-running", "读模型正在重建",
					"上一次重建尚未完成，请等待其完成后再试。");
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		return ResponseEntity.accepted().location(URI.create(PATH)).body(started);
	}

	@GetMapping(PATH)
	ReplayProgress progress() {
		return this.replay.progress();
	}

}
