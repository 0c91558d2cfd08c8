package cn.jianwu.channel.weibo.posting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a status the way Weibo counts it against its limit of 140 characters.
 * <ul>
 * <li>A link ({@code http://} or {@code https://} up to the next space or non-ASCII
 * character) counts as {@value #LINK_WIDTH} half-width characters, whatever its length:
 * Weibo replaces it by a {@code t.cn} short link ({@code https://t.cn/A6xxxxxx} is 21
 * half-width characters; we count one more to be safe).</li>
 * <li>Any other ASCII character (letters, digits, half-width punctuation, the space) is
 * half a character: two of them count as one.</li>
 * <li>Every other code point (Chinese characters, full-width punctuation, an emoji) is
 * one character.</li>
 * <li>The total is rounded up.</li>
 * </ul>
 */
final class WeiboLength {

	/** What Weibo accepts in {@code statuses/share}. */
	static final int LIMIT = 140;

	/** The half-width characters one link counts as. */
	static final int LINK_WIDTH = 22;

	private static final Pattern LINK = Pattern.compile("https?://[\\x21-\\x7E]+");

	private WeiboLength() {
	}

	static int of(String text) {
		Matcher link = LINK.matcher(text);
		int halfWidths = 0;
		int from = 0;
		while (link.find()) {
			halfWidths += halfWidths(text, from, link.start()) + LINK_WIDTH;
			from = link.end();
		}
		halfWidths += halfWidths(text, from, text.length());
		return (halfWidths + 1) / 2;
	}

	static boolean fits(String text) {
		return of(text) <= LIMIT;
	}

	private static int halfWidths(String text, int from, int to) {
		return text.substring(from, to).codePoints().map((c) -> (c < 0x80) ? 1 : 2).sum();
	}

}
