package cn.jianwu.channel.bulletin.screens;

import java.net.URI;
import java.util.List;

import cn.jianwu.platform.web.Problems;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The screen registry and which screens are online, for ADMIN. */
@RestController
@RequestMapping("/screens/admin")
class ScreenAdminController {

	private static final Logger log = LoggerFactory.getLogger(ScreenAdminController.class);

	private final ScreenRegistry registry;

	private final ScreenPresence presence;

	private final ScreenHub hub;

	ScreenAdminController(ScreenRegistry registry, ScreenPresence presence, ScreenHub hub) {
		this.registry = registry;
		this.presence = presence;
		this.hub = hub;
	}

	@GetMapping("/screens")
	List<Screen> screens() {
		return this.registry.all();
	}

	@GetMapping("/screens/{screenId}")
	Screen screen(@PathVariable String screenId) {
		return this.registry.find(screenId).orElseThrow(() -> ScreenNotFound.of(screenId));
	}

	@PostMapping("/screens")
	ResponseEntity<Screen> register(@Valid @RequestBody NewScreen screen) {
		Screen created = this.registry.create(screen.id(), screen.settings())
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT,
					"screen-exists", "显示屏编号已被使用", "编号为“" + screen.id() + "”的显示屏已经登记，请换一个编号或修改已有的显示屏。"), null));
		log.info("Screen {} registered", created.id());
		return ResponseEntity.created(URI.create("/screens/admin/screens/" + created.id())).body(created);
	}

	@PutMapping("/screens/{screenId}")
	Screen change(@PathVariable String screenId, @Valid @RequestBody ScreenSettings settings) {
		Screen changed = this.registry.update(screenId, settings).orElseThrow(() -> ScreenNotFound.of(screenId));
		this.hub.reconfigure(changed);
		log.info("Screen {} changed", screenId);
		return changed;
	}

	@DeleteMapping("/screens/{screenId}")
	ResponseEntity<Void> remove(@PathVariable String screenId) {
		if (!this.registry.delete(screenId)) {
			throw ScreenNotFound.of(screenId);
		}
		this.hub.disconnect(screenId);
		log.info("Screen {} removed", screenId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/status")
	List<ScreenStatus> status() {
		return this.presence.status();
	}

}
