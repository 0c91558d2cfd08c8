package cn.jianwu.channel.bulletin.screens;

import java.util.List;

import cn.jianwu.events.Category;

/**
 * Everything a screen shows (the {@code snapshot} event): sent on every (re)connect and
 * whenever ADMIN changes the screen, so the page never has to work out what it missed.
 */
record ScreenSnapshot(View screen, List<ScreenItem> items) {

	static ScreenSnapshot of(Screen screen, List<ScreenItem> items) {
		return new ScreenSnapshot(
				new View(screen.id(), screen.name(), screen.location(), screen.categories(), screen.secondsPerItem()),
				items);
	}

	/** The screen's settings the page needs. */
	record View(String id, String name, String location, List<Category> categories, int secondsPerItem) {
	}

}
