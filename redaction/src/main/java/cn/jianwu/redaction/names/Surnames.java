package cn.jianwu.redaction.names;

import java.util.Set;

/**
 * The Chinese surnames the redaction rules know, in one place: the scanner keeps a
 * compound surname whole in a pseudonym (欧阳娜娜 → 欧阳某), and the name finder only accepts a
 * name that starts with a surname, which is what keeps it from reading ordinary words
 * after a role cue (被害人报案称…) as names.
 */
public final class Surnames {

	/**
	 * Compound surnames (复姓) kept whole. A three-character name starting with one of
	 * these is read as compound surname + given name (东方红 → 东方某); the opposite reading (东
	 * + 方红) would leak one character of the given name instead, so this is the safer
	 * mistake.
	 */
	private static final Set<String> COMPOUND = Set.of("欧阳", "太史", "端木", "上官", "司马", "东方", "独孤", "南宫", "万俟", "闻人", "夏侯",
			"诸葛", "尉迟", "公羊", "赫连", "澹台", "皇甫", "宗政", "濮阳", "公冶", "太叔", "申屠", "公孙", "慕容", "仲孙", "钟离", "长孙", "宇文", "司徒",
			"鲜于", "司空", "闾丘", "子车", "亓官", "司寇", "巫马", "公西", "颛孙", "壤驷", "公良", "漆雕", "乐正", "宰父", "谷梁", "拓跋", "夹谷", "轩辕",
			"令狐", "段干", "百里", "呼延", "东郭", "南门", "羊舌", "微生", "梁丘", "左丘", "东门", "西门", "第五", "公乘", "淳于", "单于", "纳兰", "完颜",
			"耶律");

	/**
	 * Single-character surnames: the common ones of the 百家姓 that together cover nearly
	 * every resident. A rare surname missing here is still found when HanLP recognises
	 * the name; it is only the rule-based cues that need it.
	 */
	private static final String SINGLE = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
			+ "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

	private Surnames() {
	}

	/**
	 * @param twoCharacters the first two characters of a name
	 * @return whether they are a compound surname
	 */
	public static boolean isCompound(String twoCharacters) {
		return COMPOUND.contains(twoCharacters);
	}

	/**
	 * The length of the surname a name at {@code at} would start with.
	 * @param text the text
	 * @param at where the name would start
	 * @return 2 for a compound surname, 1 for a single one, 0 if no known surname starts
	 * there
	 */
	static int surnameLength(CharSequence text, int at) {
		if (at + 2 <= text.length() && COMPOUND.contains(text.subSequence(at, at + 2).toString())) {
			return 2;
		}
		return (at < text.length() && SINGLE.indexOf(text.charAt(at)) >= 0) ? 1 : 0;
	}

}
