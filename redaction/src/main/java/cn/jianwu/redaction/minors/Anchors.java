package cn.jianwu.redaction.minors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.redaction.Redaction;

/**
 * The places in a text where a party stands: the listed persons' names and the role words
 * of a criminal case (被害人, 被告人, 犯罪嫌疑人, 被不起诉人, 被附条件不起诉人). Words about minors count only
 * near one of them, because documents and news items also speak of minors in general (a
 * campaign, a statistic, the law) without any party being one.
 * <p>
 * Role words count as well as names so that a text whose names were already replaced by
 * pseudonyms (被害人李某某), or whose victim the clerk did not list, still yields its hints.
 */
final class Anchors {

	/**
	 * How far, in characters between the two passages, a word may stand from a party. An
	 * indictment gives a party's sex, birth and age in a run of clauses of about this
	 * length after the name (被害人李某，女，2012年5月出生，案发时年仅13岁). A wider window would reach
	 * general remarks on minors in the reasoning from any role word there; a missed age
	 * is less grave when the party's ID number is in the text, which counts at any
	 * distance.
	 */
	static final int WINDOW = 30;

	private static final Pattern ROLE = Pattern.compile("被附条件不起诉人|被不起诉人|犯罪嫌疑人|被告人|被害人");

	private final List<Anchor> anchors;

	private Anchors(List<Anchor> anchors) {
		this.anchors = anchors;
	}

	/**
	 * @param text the text examined
	 * @param names the listed persons' names found in it by the scanner (other kinds are
	 * ignored)
	 * @return the anchors
	 */
	static Anchors in(String text, List<Redaction> names) {
		List<Anchor> anchors = new ArrayList<>();
		for (Redaction name : names) {
			anchors.add(new Anchor(name.start(), name.end(), null));
		}
		Matcher role = ROLE.matcher(text);
		while (role.find()) {
			anchors.add(new Anchor(role.start(), role.end(), role.group()));
		}
		return new Anchors(anchors);
	}

	/**
	 * Whether a passage is part of a listed person's name (陈少年, 李幼童): the name is no
	 * hint, however often it occurs.
	 * @param start the passage's first index
	 * @param end the passage's last index (exclusive)
	 * @return whether it overlaps a name
	 */
	boolean withinName(int start, int end) {
		for (Anchor anchor : this.anchors) {
			if (anchor.role() == null && anchor.start() < end && start < anchor.end()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param start the passage's first index
	 * @param end the passage's last index (exclusive)
	 * @return the nearest anchor within {@link #WINDOW}, a name before a role word at the
	 * same distance
	 */
	Optional<Anchor> near(int start, int end) {
		Anchor nearest = null;
		int best = WINDOW + 1;
		for (Anchor anchor : this.anchors) {
			int gap = Math.max(0, Math.max(anchor.start(), start) - Math.min(anchor.end(), end));
			if (gap < best || (gap == best && nearest != null && nearest.role() != null && anchor.role() == null)) {
				nearest = anchor;
				best = gap;
			}
		}
		return Optional.ofNullable(nearest);
	}

	/**
	 * @param start first index
	 * @param end last index (exclusive)
	 * @param role the role word, or {@code null} for a listed person's name
	 */
	record Anchor(int start, int end, String role) {

		/** Where the hint stands, in Chinese; never the name itself. */
		String describe() {
			return (this.role != null) ? "诉讼身份“" + this.role + "”" : "所列当事人姓名";
		}

	}

}
