package cn.jianwu.search.query;

import java.util.List;
import java.util.Map;

/**
 * Picks a field's fragments from the two ways it is indexed. The main field highlights
 * exact runs of the query's characters; where only character pairs matched, the
 * {@code .bigram} field has the highlights. Overlapping pairs come back as adjacent
 * {@code <em>} elements, joined here into one.
 */
final class Highlights {

	private static final String MARK = "<em>";

	private Highlights() {
	}

	static void put(Map<String, List<String>> highlights, String field, Map<String, List<String>> found) {
		if (found == null || found.isEmpty()) {
			return;
		}
		List<String> runs = found.get(field);
		List<String> pairs = found.get(field + ".bigram");
		List<String> chosen = marked(runs) ? runs : marked(pairs) ? pairs : runs;
		if (chosen != null && !chosen.isEmpty()) {
			highlights.put(field, chosen.stream().map((fragment) -> fragment.replace("</em><em>", "")).toList());
		}
	}

	private static boolean marked(List<String> fragments) {
		return fragments != null && fragments.stream().anyMatch((fragment) -> fragment.contains(MARK));
	}

}
