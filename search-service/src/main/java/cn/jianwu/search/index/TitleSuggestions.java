package cn.jianwu.search.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the search box completes a title from. The completion suggester matches from the
 * start of an input, and many titles start alike ("关于…", "XX人民检察院…"), so the part after
 * such a start, and the part after a colon, are inputs too.
 */
final class TitleSuggestions {

	private static final List<String> LEADING = List.of("关于");

	private TitleSuggestions() {
	}

	static List<String> of(String title) {
		if (title == null || title.isBlank()) {
			return List.of();
		}
		Set<String> inputs = new LinkedHashSet<>();
		String trimmed = title.strip();
		inputs.add(trimmed);
		for (String leading : LEADING) {
			if (trimmed.startsWith(leading) && trimmed.length() > leading.length() + 1) {
				inputs.add(trimmed.substring(leading.length()));
			}
		}
		int procuratorate = trimmed.indexOf("人民检察院");
		if (procuratorate >= 0 && trimmed.length() > procuratorate + 6) {
			inputs.add(trimmed.substring(procuratorate + "人民检察院".length()));
		}
		for (String colon : List.of("：", ":")) {
			int at = trimmed.indexOf(colon);
			if (at >= 0 && trimmed.length() > at + 2) {
				inputs.add(trimmed.substring(at + 1).strip());
			}
		}
		return List.copyOf(inputs);
	}

}
