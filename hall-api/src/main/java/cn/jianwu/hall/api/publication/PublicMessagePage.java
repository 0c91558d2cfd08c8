package cn.jianwu.hall.api.publication;

import java.util.List;

/** One page of published messages, latest answer first. */
public record PublicMessagePage(List<PublicMessage> items, long total, int page, int size) {

	public PublicMessagePage {
		items = List.copyOf(items);
	}

}
