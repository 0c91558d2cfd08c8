package cn.jianwu.channel.weibo.posting;

import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The text of an item's Weibo post: {@code 【title】summary link}, the way government
 * accounts post, at most {@value WeiboLength#LIMIT} characters as {@link WeiboLength}
 * counts them.
 * <p>
 * When it is too long the summary is shortened first, then dropped, then the title is
 * shortened; a shortened part ends with "…". The link is never cut: it is the post's
 * reason to exist (the full text is on the portal) and Weibo refuses a post without a
 * link on the app's safe domain. A revision carries its number ({@code （第2版更新）}), so it
 * reads as an update and is never the same text as the post it replaces: Weibo rejects a
 * status identical to the previous one (20019).
 * <p>
 * {@code #} starts a Weibo topic ({@code #topic#}); an item must not create or join one
 * by accident, so both the half- and the full-width sign are removed.
 */
final class StatusText {

	static final String ELLIPSIS = "…";

	private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

	private static final Pattern LINKS = Pattern.compile("https?://\\S+");

	private static final Pattern TOPIC_SIGNS = Pattern.compile("[#＃]");

	// what a shortened part should not end with before the ellipsis
	private static final String DANGLING = " ，,。.、；;：:！!？?…—-（(《“\"'";

	private StatusText() {
	}

	/**
	 * @param revision the revision number when the post replaces an earlier revision,
	 * else {@code null}
	 */
	static String of(String title, String summary, String link, Integer revision) {
		String cleanTitle = clean(title);
		String cleanSummary = clean(summary);
		String marker = (revision != null) ? "（第" + revision + "版更新）" : "";
		String whole = assemble(cleanTitle, marker, cleanSummary, link);
		if (WeiboLength.fits(whole)) {
			return whole;
		}
		int[] summaryChars = cleanSummary.codePoints().toArray();
		int keep = longestFitting(summaryChars.length - 1,
				(length) -> assemble(cleanTitle, marker, shortened(summaryChars, length), link));
		if (keep > 0) {
			return assemble(cleanTitle, marker, shortened(summaryChars, keep), link);
		}
		String titleOnly = assemble(cleanTitle, marker, "", link);
		if (WeiboLength.fits(titleOnly)) {
			return titleOnly;
		}
		int[] titleChars = cleanTitle.codePoints().toArray();
		int keepTitle = longestFitting(titleChars.length - 1,
				(length) -> assemble(shortened(titleChars, length), marker, "", link));
		return assemble(shortened(titleChars, keepTitle), marker, "", link);
	}

	/**
	 * Whether a status on the timeline is this text: Weibo shows links shortened
	 * ({@code t.cn}), so links and spacing are left out of the comparison.
	 */
	static boolean sameText(String shown, String posted) {
		return withoutLinks(shown).equals(withoutLinks(posted));
	}

	private static String withoutLinks(String text) {
		return SPACES.matcher(LINKS.matcher(text).replaceAll("")).replaceAll("");
	}

	private static String assemble(String title, String marker, String summary, String link) {
		String heading = title.isEmpty() ? "" : "【" + title + "】";
		return heading + marker + summary + " " + link;
	}

	/** The largest length in 1..max whose text fits, or 0 when none does. */
	private static int longestFitting(int max, IntFunction<String> text) {
		int fitting = 0;
		int tooLong = max + 1;
		while (tooLong - fitting > 1) {
			int length = (fitting + tooLong) >>> 1;
			if (WeiboLength.fits(text.apply(length))) {
				fitting = length;
			}
			else {
				tooLong = length;
			}
		}
		return fitting;
	}

	/**
	 * The first {@code length} code points plus "…", not ending inside a Latin word or on
	 * punctuation.
	 */
	private static String shortened(int[] chars, int length) {
		int end = length;
		if (end > 0 && end < chars.length && isWordChar(chars[end - 1]) && isWordChar(chars[end])) {
			int wordStart = end;
			while (wordStart > 0 && isWordChar(chars[wordStart - 1])) {
				wordStart--;
			}
			end = (wordStart > 0) ? wordStart : end;
		}
		while (end > 0 && DANGLING.indexOf(chars[end - 1]) >= 0) {
			end--;
		}
		return new String(chars, 0, end) + ELLIPSIS;
	}

	private static boolean isWordChar(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	private static String clean(String text) {
		if (text == null) {
			return "";
		}
		return SPACES.matcher(TOPIC_SIGNS.matcher(text).replaceAll("")).replaceAll(" ").strip();
	}

}
