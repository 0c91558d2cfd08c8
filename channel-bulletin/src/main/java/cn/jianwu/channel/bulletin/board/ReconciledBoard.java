package cn.jianwu.channel.bulletin.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jianwu.channel.bulletin.reconcile.ReconciledStore;
import cn.jianwu.events.Channel;
import cn.jianwu.platform.export.PublicItemSource;
import cn.jianwu.platform.export.Reconciliation;

import org.springframework.stereotype.Component;

/**
 * The bulletin board as the reconciliation sees it: compared with the export of the
 * bulletin's public items. Internal items are not in that export, so the board's internal
 * entries are neither added nor removed by it; an item the export brings is shown as
 * public, which is all the export lists.
 */
@Component
class ReconciledBoard implements ReconciledStore {

	private final BulletinBoard board;

	ReconciledBoard(BulletinBoard board) {
		this.board = board;
	}

	@Override
	public Channel channel() {
		return Channel.BULLETIN;
	}

	@Override
	public Reconciliation.Held held() {
		return this.board.held();
	}

	@Override
	public List<String> backfill(List<PublicItemSource.Item> items) {
		return items.stream().filter(this.board::show).map(PublicItemSource.Item::id).toList();
	}

	@Override
	public List<String> remove(Map<String, Integer> items) {
		List<String> removed = new ArrayList<>();
		items.forEach((id, revision) -> {
			if (this.board.withdraw(id, revision)) {
				removed.add(id);
			}
		});
		return removed;
	}

}
