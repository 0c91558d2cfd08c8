package cn.jianwu.disclosure.api.publication;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The newest changes of the public record ({@code GET
 * /api/public/changes?category=&subKind=&limit=}), newest first: what the feeds are made
 * of.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicChangePage(List<PublicChange> changes) {

	/** The most changes one answer carries. */
	public static final int MAX_LIMIT = 200;

	public PublicChangePage {
		changes = (changes != null) ? List.copyOf(changes) : List.of();
	}

}
