package cn.jianwu.hall.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.activity.DemoSeeding;
import cn.jianwu.hall.api.activity.ActivityKind;
import cn.jianwu.hall.api.activity.ActivityRequest;
import cn.jianwu.hall.api.activity.Audience;
import cn.jianwu.hall.api.activity.SignUpRequest;
import cn.jianwu.hall.department.HallDepartments;
import cn.jianwu.platform.institution.InstitutionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's open day ({@code jianwu.demo.enabled=true} only): one 检察开放日 on Wednesday of
 * next week, open for sign-up now, with three sign-ups (two places taken, one of another
 * channel). The demo cannot run the approval chain, so the activity is announced
 * directly, without an announcement item ({@link DemoSeeding}); everything else — the
 * public page, sign-up, the agenda, the console — treats it as any announced activity.
 * Runs once: a second start finds it and does nothing. The sign-up codes are random and
 * never logged.
 */
@Component
@Order(220)
@ConditionalOnBooleanProperty("jianwu.demo.enabled")
class DemoActivities implements ApplicationRunner {

	static final String TITLE = "检察开放日：走进检察服务大厅";

	private static final Logger log = LoggerFactory.getLogger(DemoActivities.class);

	private final DemoSeeding seeding;

	private final HallDepartments departments;

	private final InstitutionProperties institution;

	private final Clock clock;

	DemoActivities(DemoSeeding seeding, HallDepartments departments, InstitutionProperties institution, Clock clock) {
		this.seeding = seeding;
		this.departments = departments;
		this.institution = institution;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.seeding.existing(TITLE).isPresent()) {
			log.info("Demo activities skipped: they exist already");
			return;
		}
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(this.institution.zone())).withNano(0);
		LocalDate day = now.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(2);
		UUID id = this.seeding.announceDirectly(
				new ActivityRequest(TITLE, ActivityKind.OPEN_DAY, """
						为进一步深化检务公开，增进社会各界对检察工作的了解，本院定于下周举办检察开放日活动。
						活动内容：参观检察服务大厅、案件管理中心和未成年人检察工作室，观看检察工作宣传片，与检察官座谈交流。
						请参加人员携带身份证件，提前15分钟到达。""", day.atTime(9, 30), day.atTime(11, 30), "本院一楼检察服务大厅", 20,
						now.minusDays(1), day.minusDays(1).atTime(17, 0), Audience.PUBLIC, List.of()),
				this.departments.office());
		this.seeding.signUp(id, new SignUpRequest("陈某某", "13900001111", "1234", "某街道社区居委会", SubmissionChannel.WEB));
		this.seeding.signUp(id, new SignUpRequest("林某", "13900002222", "5678", null, SubmissionChannel.KIOSK));
		this.seeding.signUp(id, new SignUpRequest("黄某某", "13900003333", "901X", "某中学", SubmissionChannel.WECHAT));
		log.info("Demo activity {} seeded with 3 sign-ups", id);
	}

}
