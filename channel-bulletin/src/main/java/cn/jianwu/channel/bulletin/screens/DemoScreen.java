package cn.jianwu.channel.bulletin.screens;

import java.util.List;

import cn.jianwu.events.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's hall screen {@code hall-1} (docs/architecture.md, "Local demo"): every
 * category, ten seconds an item. Created only with {@code jianwu.demo.enabled=true}, as
 * the local launcher's demo step passes and no production configuration sets; an existing
 * {@code hall-1} is left as it is.
 */
@Component
@ConditionalOnBooleanProperty("jianwu.demo.enabled")
class DemoScreen implements ApplicationRunner {

	static final String ID = "hall-1";

	private static final Logger log = LoggerFactory.getLogger(DemoScreen.class);

	private final ScreenRegistry registry;

	DemoScreen(ScreenRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean created = this.registry
			.create(ID, new ScreenSettings("大厅一号屏", "一楼检务公开大厅", List.of(Category.values()), 10))
			.isPresent();
		log.info("Demo screen {} {}", ID, created ? "created" : "already there");
	}

}
