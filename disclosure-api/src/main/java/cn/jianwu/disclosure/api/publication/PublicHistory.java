package cn.jianwu.disclosure.api.publication;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The open history of a public item ({@code GET /api/public/items/{id}/revisions}): every
 * revision published, newest first. Each one's text is at {@code GET
 * /api/public/items/{id}/revisions/{revision}}.
 *
 * @param title the current revision's title
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicHistory(String id, String title, List<PublicRevision> revisions) {

	public PublicHistory {
		revisions = (revisions != null) ? List.copyOf(revisions) : List.of();
	}

}
