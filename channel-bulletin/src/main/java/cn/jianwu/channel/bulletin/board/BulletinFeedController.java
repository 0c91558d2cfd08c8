package cn.jianwu.channel.bulletin.board;

import java.time.Instant;

import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The bulletin as an Atom feed, newest first, for feed readers on the internal network.
 */
@RestController
class BulletinFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final int MAX_ENTRIES = 200;

	private final BulletinBoard board;

	private final InstitutionProperties institution;

	BulletinFeedController(BulletinBoard board, InstitutionProperties institution) {
		this.board = board;
		this.institution = institution;
	}

	@GetMapping("/bulletin/feed.atom")
	ResponseEntity<byte[]> feed() {
		String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Instant updated = this.board.lastChanged().orElseGet(Instant::now);
		byte[] feed = AtomFeed.write(baseUrl, this.institution.name(), updated, this.board.current(MAX_ENTRIES));
		return ResponseEntity.ok().contentType(ATOM).body(feed);
	}

}
