package cn.jianwu.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * A highlighted fragment of search-service made safe to show. The service sends HTML: the
 * text escaped, with {@code <em>} around what matched. Only those marks are kept: the
 * fragment is cut at them into runs of plain text (entities decoded), which the template
 * escapes again and wraps in {@code <em>} where marked. Any other markup, escaped or not,
 * ends up as visible text, never as an element.
 */
public final class Highlight {

	private static final Pattern MARK = Pattern.compile("<(/?)em\\s*>", Pattern.CASE_INSENSITIVE);

	private Highlight() {
	}

	/**
	 * @param fragment a fragment as search-service sends it
	 * @return its runs, in order; adjacent runs differ in {@code marked}
	 */
	public static List<Run> runs(String fragment) {
		List<Run> runs = new ArrayList<>();
		if (fragment == null || fragment.isEmpty()) {
			return runs;
		}
		Matcher matcher = MARK.matcher(fragment);
		int depth = 0;
		int start = 0;
		while (matcher.find()) {
			add(runs, fragment.substring(start, matcher.start()), depth > 0);
			depth = matcher.group(1).isEmpty() ? depth + 1 : Math.max(0, depth - 1);
			start = matcher.end();
		}
		add(runs, fragment.substring(start), depth > 0);
		return runs;
	}

	/** The fragment's text without marks, e.g. for a title when nothing matched. */
	public static String text(String fragment) {
		StringBuilder text = new StringBuilder();
		runs(fragment).forEach((run) -> text.append(run.text()));
		return text.toString();
	}

	private static void add(List<Run> runs, String html, boolean marked) {
		if (html.isEmpty()) {
			return;
		}
		String text = HtmlUtils.htmlUnescape(html);
		if (!runs.isEmpty() && runs.get(runs.size() - 1).marked() == marked) {
			Run last = runs.remove(runs.size() - 1);
			runs.add(new Run(last.text() + text, marked));
		}
		else {
			runs.add(new Run(text, marked));
		}
	}

	/**
	 * A run of plain text.
	 *
	 * @param text the text, unescaped: it must be shown escaped ({@code th:text})
	 * @param marked whether it matched the query
	 */
	public record Run(String text, boolean marked) {
	}

}
