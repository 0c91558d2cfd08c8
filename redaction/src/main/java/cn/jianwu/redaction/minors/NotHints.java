package cn.jianwu.redaction.minors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passages that use the vocabulary of minors without speaking of anyone in the case; a
 * hint that overlaps one is dropped.
 * <ul>
 * <li>Titles in 《》: laws, interpretations and campaigns (《中华人民共和国未成年人保护法》,
 * 《关于办理性侵害未成年人刑事案件的意见》).</li>
 * <li>Quoted article texts (第二百三十六条第二款规定：“奸淫不满十四周岁的幼女的，以强奸论…”): the law's wording, not a
 * finding about a party. The same words outside the quotation still count.</li>
 * <li>Names of institutions, their work and campaigns: 未成年人检察部门, 未成年人保护, 预防未成年人犯罪, 青少年,
 * 少年法庭, 未成年犯管教所, 儿童节, and the charges 拐卖妇女、儿童罪, which do not say whether the victim was a
 * child.</li>
 * </ul>
 */
final class NotHints {

	private static final String CHINESE_NUMBER = "[〇零一二三四五六七八九十百千0-9０-９]+";

	private static final Pattern TITLE = Pattern.compile("《[^《》\\n]{1,100}》");

	private static final Pattern QUOTED_ARTICLE = Pattern.compile("第" + CHINESE_NUMBER + "条(?:之" + CHINESE_NUMBER + ")?"
			+ "(?:第" + CHINESE_NUMBER + "款)?(?:第[(（]?" + CHINESE_NUMBER + "[)）]?项)?(?:的|之)?(?:明确)?(?:规定)?"
			+ "[，,:：]?\\s*(?:“[^”\\n]{1,400}”|「[^」\\n]{1,400}」|\"[^\"\\n]{1,400}\")");

	private static final Pattern INSTITUTION = Pattern
		.compile("未成年人(?:刑事)?检察|未成年人保护|未成年人司法|预防未成年人犯罪" + "|青少年|少年法庭|少年审判|少年庭|少年犯管教所|未成年犯管教所|少管所|儿童节|妇女、儿童|妇女儿童");

	private static final List<Pattern> ALL = List.of(TITLE, QUOTED_ARTICLE, INSTITUTION);

	private final List<int[]> spans;

	private NotHints(List<int[]> spans) {
		this.spans = spans;
	}

	static NotHints in(String text) {
		List<int[]> spans = new ArrayList<>();
		for (Pattern pattern : ALL) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				spans.add(new int[] { matcher.start(), matcher.end() });
			}
		}
		return new NotHints(spans);
	}

	boolean cover(Wording wording) {
		for (int[] span : this.spans) {
			if (span[0] < wording.end() && wording.start() < span[1]) {
				return true;
			}
		}
		return false;
	}

}
