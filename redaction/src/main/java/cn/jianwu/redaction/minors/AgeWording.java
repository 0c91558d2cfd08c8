package cn.jianwu.redaction.minors;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds ages below eighteen: stated ages (年仅15岁, 时年十六岁, （15岁）, 17周岁, 刚满十四周岁) and the
 * brackets the law draws (未满十八周岁, 不满十四周岁, 已满十四周岁不满十六周岁, 十八周岁以下).
 * <p>
 * Only a number followed by 岁 is an age, so dates (2008年3月15日) and amounts (15万元) are
 * never read as one. 以下 includes the number itself (刑法第九十九条), so 十八周岁以下 is a minor's
 * bracket, while N周岁以上 only bounds an age from below and is never a hint. 已满N周岁 with N
 * below eighteen is read as the age N: a text only says so of someone near the thresholds
 * of criminal responsibility (十四, 十六).
 */
final class AgeWording {

	private static final String NUMERAL = "(?<![0-9０-９.．零〇一二两三四五六七八九十百千万几])"
			+ "([0-9０-９]{1,3}(?:[.．][0-9０-９]+)?|十[几多余]|[零〇一二两三四五六七八九十百]{1,5})";

	// 10余岁 and 十多岁 are read by their lower bound, which is enough to tell a teenager
	// from an adult (20余岁).
	private static final String YEARS = "[余多]?周?岁";

	/** 已满十四周岁不满十六周岁, 十四周岁以上不满十六周岁. */
	private static final Pattern RANGE = Pattern
		.compile("(?:已满|年满|满)?" + NUMERAL + YEARS + "(?:以上)?[、，,]?(?:不满|未满)" + NUMERAL + YEARS);

	private static final Pattern SINGLE = Pattern
		.compile("(尚未年满|尚未满|未满|不满|不足|未达到|未达|年满|已满|刚满|满)?" + NUMERAL + YEARS + "(以上|以下|以内)?");

	private static final List<String> UNDER = List.of("尚未年满", "尚未满", "未满", "不满", "不足", "未达到", "未达");

	private AgeWording() {
	}

	static void find(String text, Consumer<Wording> found) {
		Matcher range = RANGE.matcher(text);
		while (range.find()) {
			OptionalInt from = ChineseNumerals.parse(range.group(1));
			if (from.isPresent() && from.getAsInt() < LegalAge.MAJORITY) {
				found.accept(new Wording(MinorHintKind.AGE_BRACKET, range.start(), range.end(), "未成年人的法定年龄段"));
			}
		}
		Matcher single = SINGLE.matcher(text);
		while (single.find()) {
			OptionalInt age = ChineseNumerals.parse(single.group(2));
			if (age.isEmpty()) {
				continue;
			}
			String bound = single.group(1);
			String suffix = single.group(3);
			if ((bound != null && UNDER.contains(bound)) || "以下".equals(suffix) || "以内".equals(suffix)) {
				if (age.getAsInt() <= LegalAge.MAJORITY) {
					found.accept(new Wording(MinorHintKind.AGE_BRACKET, single.start(), single.end(), "未满十八周岁的年龄段"));
				}
			}
			else if (suffix == null && age.getAsInt() < LegalAge.MAJORITY) {
				found.accept(new Wording(MinorHintKind.STATED_AGE, single.start(), single.end(), "所述年龄未满十八周岁"));
			}
		}
	}

}
