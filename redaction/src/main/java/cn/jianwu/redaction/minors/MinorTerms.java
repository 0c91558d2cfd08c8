package cn.jianwu.redaction.minors;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words that name a minor (未成年人, 幼女, 儿童, 少年…), a pupil of a primary or
 * secondary school, or a procedure reserved for minors. The words are fixed vocabulary,
 * so the hint may quote them.
 * <p>
 * Education levels are left alone: 初中文化 and 小学文化 describe adult defendants in almost
 * every indictment; only 初中生, 小学三年级学生 and the like say someone is at school now.
 * Institutional phrases that contain these words (未成年人检察部门, 青少年, 少年法庭) are removed by
 * {@link NotHints}, not here, so that this vocabulary stays simple.
 */
final class MinorTerms {

	// Alternatives that share a beginning are listed longest first (婴幼儿 before 婴儿).
	private static final Pattern MINOR = Pattern.compile("未成年人?|婴幼儿|婴儿|幼女|幼童|幼儿|儿童|女童|男童|少年|少女");

	private static final String GRADE = "[一二三四五六1-6１-６]年级";

	private static final Pattern SCHOOL = Pattern
		.compile("(?:在校)?(?:(?:小学|初中|中学|高中)(?:" + GRADE + ")?(?:学生|生)" + "|(?:小学|初中|高中)" + GRADE + "|初[一二三]学生)");

	private static final Pattern PROCEDURE = Pattern.compile("附条件不起诉|合适成年人|犯罪记录封存");

	private MinorTerms() {
	}

	static void find(String text, Consumer<Wording> found) {
		find(text, MINOR, MinorHintKind.MINOR_TERM, "未成年人称谓", found);
		find(text, SCHOOL, MinorHintKind.SCHOOL_STAGE, "中小学在校学生", found);
		find(text, PROCEDURE, MinorHintKind.JUVENILE_PROCEDURE, "仅适用于未成年人的程序", found);
	}

	private static void find(String text, Pattern pattern, MinorHintKind kind, String what, Consumer<Wording> found) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.accept(new Wording(kind, matcher.start(), matcher.end(), what + "“" + matcher.group() + "”"));
		}
	}

}
