package cn.jianwu.disclosure.api.publication;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One page of public items ({@code GET /api/public/items}), newest first.
 *
 * @param total how many public items match in all
 * @param page the page, from 0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicItemPage(List<PublicItem> items, long total, int page, int size) {

	public PublicItemPage {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

}
