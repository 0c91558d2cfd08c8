package cn.jianwu.search.rebuild;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's rebuild of the search index (role {@code ADMIN}, see
 * {@code SearchSecurityConfiguration}): start one, and follow its progress.
 */
@RestController
class RebuildController {

	static final String PATH = "/api/search/admin/rebuild";

	private final IndexRebuild rebuild;

	RebuildController(IndexRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping(PATH)
	ResponseEntity<RebuildProgress> start() {
		return ResponseEntity.accepted().location(URI.create(PATH)).body(this.rebuild.start());
	}

	@GetMapping(PATH)
	RebuildProgress progress() {
		return this.rebuild.progress();
	}

}
