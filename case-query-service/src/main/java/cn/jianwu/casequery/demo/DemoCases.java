package cn.jianwu.casequery.demo;

import java.time.LocalDate;
import java.util.List;

import cn.jianwu.casequery.api.casefile.CaseStaffView;
import cn.jianwu.casequery.api.casefile.CaseUpsertRequest;
import cn.jianwu.casequery.api.casefile.MeasureRequest;
import cn.jianwu.casequery.api.casefile.PersonRequest;
import cn.jianwu.casequery.api.casefile.ProceduralEventRequest;
import cn.jianwu.casequery.casefile.CaseService;
import cn.jianwu.casequery.casefile.CaseValidation;
import cn.jianwu.casequery.credential.Credentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Three realistic cases for the local demo (only with {@code jianwu.demo.enabled=true},
 * which no production configuration sets), dated relative to today, with their procedural
 * steps and compulsory measures. One authorised person, 张建国 (近亲属) of the first case, has
 * the fixed demo credential documented in the README ({@link #DEMO_CODE}, ID number
 * ending {@link #DEMO_ID_LAST4}), so that the web page, the kiosk, the hotline and WeChat
 * can be tried without reading a log. The other persons get random codes that nobody
 * sees. Cases that exist are left alone.
 */
@Component
@ConditionalOnBooleanProperty("jianwu.demo.enabled")
class DemoCases implements ApplicationRunner {

	/** The demo query code: public, like the demo passwords. */
	static final String DEMO_CODE = "361958204713";

	/** The sample ID number of GB 11643 (its check character is X). */
	static final String DEMO_ID_NUMBER = "11010519491231002X";

	static final String DEMO_ID_LAST4 = "002X";

	static final String THEFT = "晋检刑诉受〔2026〕14010500123号";

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private static final String ACTOR = "demo";

	private final CaseService cases;

	private final Credentials credentials;

	private final CaseValidation validation;

	DemoCases(CaseService cases, Credentials credentials, CaseValidation validation) {
		this.cases = cases;
		this.credentials = credentials;
		this.validation = validation;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.cases.exists(THEFT)) {
			log.info("Demo cases are there already");
			return;
		}
		LocalDate today = this.validation.today();
		this.cases.upsert(THEFT,
				new CaseUpsertRequest("张某涉嫌盗窃案", "审查起诉案件", "第一检察部", "王明", today.minusDays(40), "审查起诉",
						today.minusDays(40), null,
						List.of(new PersonRequest("张建国", "CLOSE_RELATIVE", DEMO_ID_NUMBER, null),
								new PersonRequest("李华", "DEFENDER", "140105198203150012", "11401201810123456")),
						List.of(new MeasureRequest("刑事拘留", today.minusDays(55)),
								new MeasureRequest("逮捕", today.minusDays(48)))),
				ACTOR);
		this.cases.recordEvent(THEFT, new ProceduralEventRequest("退回补充侦查", today.minusDays(20), null, "第一次退查"), ACTOR);
		this.cases.recordEvent(THEFT, new ProceduralEventRequest("重新移送审查起诉", today.minusDays(5), null, null), ACTOR);
		this.cases.upsert("晋检刑捕受〔2026〕14010500087号",
				new CaseUpsertRequest("李某涉嫌诈骗案", "审查逮捕案件", "第一检察部", "赵丽", today.minusDays(3), "审查逮捕",
						today.minusDays(3), null,
						List.of(new PersonRequest("刘强", "DEFENDER", "140106197507220034", "11401200910654321")),
						List.of(new MeasureRequest("刑事拘留", today.minusDays(10)))),
				ACTOR);
		this.cases.upsert("晋检民监受〔2026〕14010500015号",
				new CaseUpsertRequest("王某与赵某民间借贷纠纷监督案", "民事诉讼监督案件", "第六检察部", "孙伟", today.minusDays(60), "审查",
						today.minusDays(58), null,
						List.of(new PersonRequest("王某某", "PARTY", "140107196811300049", null)), List.of()),
				ACTOR);
		this.cases.recordEvent("晋检民监受〔2026〕14010500015号",
				new ProceduralEventRequest("不支持监督申请", today.minusDays(5), null, null), ACTOR);
		this.cases.recordEvent("晋检民监受〔2026〕14010500015号",
				new ProceduralEventRequest("办结", today.minusDays(2), null, null), ACTOR);
		CaseStaffView theft = this.cases.staffView(THEFT);
		long demoPerson = theft.persons()
			.stream()
			.filter((person) -> DEMO_ID_LAST4.equals(person.idLast4()))
			.findFirst()
			.orElseThrow()
			.id();
		boolean given = this.credentials.issueKnownCode(demoPerson, DEMO_CODE, ACTOR);
		log.info("Demo cases created; the demo credential (see README) is {}", given ? "ready" : "already taken");
	}

}
