package cn.jianwu.disclosure.api.publication;

import java.time.Instant;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the public may know of a withdrawn item: its title, when it was published and
 * withdrawn, and the reason the withdrawer gave for the public (never the withdrawn
 * text). An address of a withdrawn item answers {@code 410 Gone} with a Problem Details
 * body that carries this notice as its {@value #PROBLEM_PROPERTY} property.
 *
 * @param reason the public reason for the withdrawal (撤回理由), given by a division leader
 * or the chief and checked by the privacy gate like any public text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WithdrawalNotice(String id, String title, Category category, SubKind subKind, Instant publishedAt,
		Instant withdrawnAt, String reason) {

	/** The Problem Details property of a {@code 410} answer that carries the notice. */
	public static final String PROBLEM_PROPERTY = "withdrawal";

	/** The Problem Details type's last segment of a {@code 410} answer. */
	public static final String PROBLEM_TYPE = "item-withdrawn";

}
