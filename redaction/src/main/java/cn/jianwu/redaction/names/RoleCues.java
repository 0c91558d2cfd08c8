package cn.jianwu.redaction.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that legal documents put right before a person's name: the procedural role
 * (被告人, 被害人, 证人…), a relation to someone already named (其妻, 之子, 女儿…) or a job or standing
 * (会计, 村民, 网友…). HanLP's statistics miss names after them often enough (it read 被告人马国强 as
 * no name at all), while such a word followed by a surname is a name in nearly every
 * sentence of an indictment. Staff titles (检察员, 检察官, 公诉人) and 律师 are not cues: those
 * names may stay.
 */
final class RoleCues {

	private static final List<String> CUES = List.of(
			// procedural roles
			"被告人", "犯罪嫌疑人", "嫌疑人", "被害人", "受害人", "证人", "被不起诉人", "上诉人", "申诉人", "同案犯", "同伙", "申请人", "被申请人", "控告人", "举报人",
			"报案人", "当事人", "原告人", "原告", "被告", "第三人", "集资参与人", "行贿人", "受贿人", "介绍人", "目击者", "鉴定人", "监护人", "法定代理人", "诉讼代理人",
			"委托代理人", "近亲属", "亲属", "参赌人员", "嫖娼人员", "卖淫人员", "吸毒人员", "购买者", "托运人", "购房人", "产权人", "经营者", "负责人", "法定代表人",
			"实际控制人",
			// relatives and relations
			"其妻", "其夫", "之妻", "之夫", "其子", "之子", "其女", "之女", "其父", "其母", "之父", "之母", "妻子", "丈夫", "前妻", "前夫", "儿子", "女儿",
			"父亲", "母亲", "哥哥", "姐姐", "弟弟", "妹妹", "表妹", "表姐", "表哥", "表弟", "堂兄", "堂弟", "堂姐", "堂妹", "侄子", "侄女", "外甥", "爷爷",
			"奶奶", "外公", "外婆", "孙子", "孙女", "岳父", "岳母", "女婿", "儿媳", "孩子", "男友", "女友", "同居人", "邻居", "同事", "同学", "朋友", "室友",
			"老乡",
			// standing and jobs
			"包工头", "农民工", "人大代表", "政协委员", "村民代表", "村民", "居民", "业主", "顾客", "旅客", "乘客", "网友", "路人", "住户", "房东", "租客",
			"老人", "家长", "幼儿", "学生", "员工", "工人", "职工", "司机", "会计", "出纳", "保安", "门卫", "经理", "老板", "店主", "翻译", "服务员",
			"收银员", "厨师", "民警", "工作人员", "执法人员", "信贷员", "调度员", "安全员", "网管", "辅导员", "园长", "院长", "主任", "村支书", "书记", "区长",
			"镇长", "村长", "队长", "医生", "护士", "教师", "老师", "商人", "男子", "女子", "患者", "乘车人", "同车人", "医药代表");

	private static final Pattern CUE = Pattern
		.compile(String.join("|", CUES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()));

	private RoleCues() {
	}

	/**
	 * @param text the folded text
	 * @return where a name may start: right after each cue
	 */
	static List<Integer> nameStarts(String text) {
		// Overlapping cues count: 其女友 holds 其女 and 女友, and only the second is right.
		List<Integer> starts = new ArrayList<>();
		Matcher matcher = CUE.matcher(text);
		for (int at = 0; at < text.length(); at++) {
			if (matcher.region(at, text.length()).lookingAt() && !starts.contains(matcher.end())) {
				starts.add(matcher.end());
			}
		}
		return starts;
	}

	/**
	 * @param text the folded text
	 * @param start where a term begins
	 * @param end where it ends
	 * @return the length of the cue the term starts with (房东邱 → 2), 0 if none
	 */
	static int leadingCue(String text, int start, int end) {
		Matcher matcher = CUE.matcher(text).region(start, end);
		return matcher.lookingAt() ? matcher.end() - start : 0;
	}

}
