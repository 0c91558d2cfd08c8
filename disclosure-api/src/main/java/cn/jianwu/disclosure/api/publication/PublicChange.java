package cn.jianwu.disclosure.api.publication;

import java.time.Instant;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One change of the public record: an item published, revised or withdrawn. A withdrawal
 * carries neither summary nor text, only its public reason.
 *
 * @param revision the revision published, or the last one withdrawn
 * @param at when it happened
 * @param title the revision's title
 * @param summary the revision's summary, {@code null} for a withdrawal
 * @param note the revision note (修订说明) of a revision, the public reason of a withdrawal,
 * {@code null} for a first publication
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicChange(String id, int revision, ChangeKind kind, Instant at, String title, String summary,
		Category category, SubKind subKind, String department, String note) {
}
