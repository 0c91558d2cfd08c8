package cn.jianwu.channel.bulletin.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jianwu.channel.bulletin.reconcile.ReconciledStore;
import cn.jianwu.events.Channel;
import cn.jianwu.platform.export.PublicItemSource;
import cn.jianwu.platform.export.Reconciliation;

import org.springframework.stereotype.Component;

/**
 * What the screens show, as the reconciliation sees it: compared with the export of the
 * public items that chose the screens. Each change is passed on to the screens connected
 * here at once (others get it from their instance's poll), like a post's or a
 * withdrawal's.
 */
@Component
class ReconciledScreens implements ReconciledStore {

	private final ScreenItems items;

	private final ScreenChangeFeed feed;

	ReconciledScreens(ScreenItems items, ScreenChangeFeed feed) {
		this.items = items;
		this.feed = feed;
	}

	@Override
	public Channel channel() {
		return Channel.SCREENS;
	}

	@Override
	public Reconciliation.Held held() {
		return this.items.held();
	}

	@Override
	public List<String> backfill(List<PublicItemSource.Item> items) {
		List<String> shown = new ArrayList<>();
		items.forEach((item) -> passOn(this.items.show(item), shown));
		return shown;
	}

	@Override
	public List<String> remove(Map<String, Integer> items) {
		List<String> removed = new ArrayList<>();
		items.forEach((id, revision) -> passOn(this.items.tombstone(id, revision), removed));
		return removed;
	}

	private void passOn(Optional<ScreenChange> change, List<String> changed) {
		change.ifPresent((c) -> {
			this.feed.passOn(c);
			changed.add(c.itemId());
		});
	}

}
