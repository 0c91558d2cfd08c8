package cn.jianwu.hall.api.handling;

import java.util.List;

/** One page of a staff list, newest first. */
public record MessagePage(List<MessageSummary> items, long total, int page, int size) {

	public MessagePage {
		items = List.copyOf(items);
	}

}
