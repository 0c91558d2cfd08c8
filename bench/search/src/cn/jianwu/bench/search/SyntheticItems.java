package cn.jianwu.bench.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.UUID;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;

/**
 * Published items a district procuratorate could have written over a few decades: legal
 * documents, typical cases, reports, appointments, notices, assembled from phrases of
 * real ones. Deterministic for a seed, so runs compare. Made one at a time as they are
 * read, so that a run of any size needs the memory of one item.
 */
final class SyntheticItems {

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
			"何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧" };

	static final String[] CRIMES = { "盗窃", "诈骗", "故意伤害", "危险驾驶", "交通肇事", "非法吸收公众存款", "受贿", "贪污", "抢劫", "寻衅滋事",
			"帮助信息网络犯罪活动", "掩饰、隐瞒犯罪所得", "非法占用农用地", "污染环境", "开设赌场", "走私普通货物", "销售假药", "职务侵占", "合同诈骗", "信用卡诈骗", "妨害公务",
			"非法拘禁", "敲诈勒索", "故意毁坏财物", "非法经营", "虚开增值税专用发票", "重大责任事故", "失火", "聚众斗殴", "电信网络诈骗" };

	static final String[] DEPARTMENTS = { "第一检察部", "第二检察部", "第三检察部", "第四检察部", "第五检察部", "第六检察部", "第七检察部", "办公室", "政治部",
			"案件管理部" };

	static final String[] PLACES = { "某区某街道", "某镇某村", "某市某商场", "某小区地下车库", "某路口", "某工业园区", "某高速公路服务区", "某网吧", "某农贸市场",
			"某建筑工地" };

	static final String[] SENTENCES = { "经依法审查查明，犯罪嫌疑人到案后如实供述自己的罪行，自愿认罪认罚。",
			"本院受理后，依法告知犯罪嫌疑人有权委托辩护人，并讯问了犯罪嫌疑人，听取了辩护人的意见。", "其间，本院退回侦查机关补充侦查一次，侦查机关补充侦查完毕后重新移送审查起诉。",
			"案发后，犯罪嫌疑人积极退赃退赔，取得被害人谅解。", "本院认为，犯罪事实清楚，证据确实、充分，应当以该罪名追究其刑事责任。", "依照《中华人民共和国刑事诉讼法》第一百七十六条的规定，提起公诉，请依法判处。",
			"本院认为，犯罪情节轻微，依照刑法规定不需要判处刑罚，决定不起诉。", "被害人如不服本决定，可以自收到本决定书后七日以内向上一级人民检察院申诉。",
			"本院提前介入引导侦查，围绕资金流向补强证据，依法提起公诉，法院全部采纳量刑建议。", "全院坚持以人民为中心，依法履行法律监督职能，深化检务公开。",
			"立案办理公益诉讼案件，发出诉前检察建议，督促保护耕地、饮用水源地和文物古迹。", "案件管理部门统一受理公安机关移送的案件，对案卷材料进行审查登记。",
			"当事人及其辩护人、诉讼代理人可以通过12309检察服务中心查询案件程序性信息。", "检察官担任法治副校长，深入推进法治进校园活动。", "对涉罪未成年人依法适用附条件不起诉，考验期满后作出不起诉决定。",
			"扣押的现金已依法返还被害人，扣押的车辆随案移送人民法院。", "经院党组研究决定，任命相关同志职务，免去其原任职务。", "报考人员应当具有全日制本科以上学历，取得法律职业资格证书。",
			"欢迎人大代表、政协委员、人民监督员和社会各界群众报名参加。", "来访群众请携带身份证件及相关材料，也可拨打12309检察服务热线预约。" };

	private SyntheticItems() {
	}

	static Iterable<DisclosurePublished> generate(int count, long seed) {
		return () -> new Iterator<>() {

			private final Random random = new Random(seed);

			private int next;

			@Override
			public boolean hasNext() {
				return this.next < count;
			}

			@Override
			public DisclosurePublished next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return item(this.random, seed, this.next++);
			}

		};
	}

	// The draws are in the order of the former list-building loop, so a seed gives the
	// same items as before and runs stay comparable with earlier figures.
	private static DisclosurePublished item(Random random, long seed, int i) {
		Instant start = Instant.parse("2005-01-01T00:00:00Z");
		long span = Duration.between(start, Instant.parse("2025-12-31T00:00:00Z")).getSeconds();
		String id = new UUID(seed, i).toString();
		String name = pick(random, SURNAMES) + (random.nextBoolean() ? "某" : "某某");
		String crime = pick(random, CRIMES);
		int year = 2005 + random.nextInt(21);
		int kind = random.nextInt(100);
		Category category;
		String subKind = null;
		String title;
		if (kind < 35) {
			category = Category.CASE_INFO;
			subKind = "LEGAL_DOCUMENT";
			title = name + (random.nextBoolean() ? "涉嫌" + crime + "案不起诉决定书" : crime + "案起诉书");
		}
		else if (kind < 50) {
			category = Category.CASE_INFO;
			subKind = random.nextBoolean() ? "TYPICAL_CASE" : "IMPORTANT_CASE";
			title = name + "等人" + crime + "典型案例";
		}
		else if (kind < 58) {
			category = Category.CASE_INFO;
			subKind = "SEIZED_PROPERTY";
			title = "涉案财物处理结果公告（" + year + "年第" + (1 + random.nextInt(12)) + "期）";
		}
		else if (kind < 75) {
			category = Category.GOVERNMENT_AFFAIRS;
			title = switch (random.nextInt(3)) {
				case 0 -> year + "年第" + (1 + random.nextInt(4)) + "季度案件办理情况通报";
				case 1 -> "某区人民检察院" + year + "年度检察工作报告";
				default -> "关于开展" + crime + "犯罪专项治理工作的情况通报";
			};
		}
		else if (kind < 87) {
			category = Category.PERSONNEL;
			title = random.nextBoolean() ? "关于" + name + "等同志职务任免的通知" : year + "年公开招录检察官助理公告";
		}
		else {
			category = Category.OTHER;
			title = switch (random.nextInt(3)) {
				case 0 -> "关于举办“检察开放日”活动的公告";
				case 1 -> year + "年检察长接待日安排";
				default -> "关于适用认罪认罚从宽制度办理" + crime + "案件的工作规定";
			};
		}
		StringBuilder body = new StringBuilder();
		body.append("<p>")
			.append(name)
			.append("，")
			.append(1960 + random.nextInt(45))
			.append("年出生。")
			.append(year)
			.append("年")
			.append(1 + random.nextInt(12))
			.append("月，在")
			.append(pick(random, PLACES))
			.append("涉嫌")
			.append(crime)
			.append("，涉案金额人民币")
			.append(1 + random.nextInt(900))
			.append("万元。</p>");
		int sentences = 4 + random.nextInt(10);
		for (int s = 0; s < sentences; s++) {
			body.append("<p>").append(pick(random, SENTENCES)).append("</p>");
		}
		Instant publishedAt = start.plusSeconds((long) (random.nextDouble() * span));
		return new DisclosurePublished(id, 1, category, subKind, title, "本院依法公开" + title + "。", body.toString(),
				pick(random, DEPARTMENTS), Visibility.PUBLIC, List.of(Channel.PORTAL), publishedAt,
				"http://localhost:8080/items/" + id, List.of());
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
