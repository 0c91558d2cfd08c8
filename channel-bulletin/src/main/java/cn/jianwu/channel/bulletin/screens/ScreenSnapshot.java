package cn.jianwu.channel.bulletin.screens;

import java.util.List;

import cn.jianwu.channel.bulletin.agenda.AgendaPanel;
import cn.jianwu.events.Category;

/**
 * Everything a screen shows (the {@code snapshot} event): sent on every (re)connect and
 * whenever ADMIN changes the screen, so the page never has to work out what it missed.
 * The agenda panel is the same on every screen.
 */
record ScreenSnapshot(View screen, List<ScreenItem> items, AgendaPanel agenda) {

	static ScreenSnapshot of(Screen screen, List<ScreenItem> items, AgendaPanel agenda) {
		return new ScreenSnapshot(
				new View(screen.id(), screen.name(), screen.location(), screen.categories(), screen.secondsPerItem()),
				items, agenda);
	}

	/** The screen's settings the page needs. */
	record View(String id, String name, String location, List<Category> categories, int secondsPerItem) {
	}

}
