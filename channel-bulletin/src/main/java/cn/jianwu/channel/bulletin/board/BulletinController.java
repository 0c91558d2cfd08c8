package cn.jianwu.channel.bulletin.board;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bulletin's items for the internal network, newest first. */
@RestController
class BulletinController {

	private final BulletinBoard board;

	BulletinController(BulletinBoard board) {
		this.board = board;
	}

	@GetMapping("/bulletin/items")
	List<BulletinEntry> items(@RequestParam(defaultValue = "50") int limit) {
		return this.board.current(Math.max(1, Math.min(limit, 200)));
	}

}
