package cn.jianwu.disclosure.identity;

import java.util.List;

import cn.jianwu.disclosure.api.identity.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo staff of docs/architecture.md ("Local demo"), plus a clerk and a section head
 * of a second department, each with the password {@code demo-<username>}. Created only
 * when the service runs with {@code jianwu.demo.enabled=true}, which the local launcher's
 * demo step passes and no production configuration sets. An account that exists already
 * is left as it is (its password included).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("jianwu.demo.enabled")
class DemoAccounts implements ApplicationRunner {

	static final List<DemoAccount> ACCOUNTS = List.of(new DemoAccount("clerk1", "张书记员", "公诉部", StaffRole.CLERK),
			new DemoAccount("head1", "王科长", "公诉部", StaffRole.SECTION_HEAD),
			new DemoAccount("leader1", "刘副检察长", "院领导", StaffRole.DIVISION_LEADER),
			new DemoAccount("chief", "陈检察长", "院领导", StaffRole.CHIEF),
			new DemoAccount("casemgr", "孙案管员", "案件管理部", StaffRole.CASE_MANAGER),
			new DemoAccount("press", "吴新闻发言人", "办公室", StaffRole.PRESS_OFFICER),
			new DemoAccount("supervisor", "郑督察员", "检务督察部", StaffRole.SUPERVISOR),
			new DemoAccount("admin", "系统管理员", "办公室", StaffRole.ADMIN),
			// A second department, so that the demo shows review staying within a
			// department.
			new DemoAccount("clerk2", "李书记员", "办公室", StaffRole.CLERK),
			new DemoAccount("head2", "赵主任", "办公室", StaffRole.SECTION_HEAD),
			// The online service hall: the office triages, 控告申诉检察部 answers complaints
			// and reports.
			new DemoAccount("office1", "钱接待员", "办公室", StaffRole.HALL_OFFICER),
			new DemoAccount("clerk3", "孙书记员", "控告申诉检察部", StaffRole.CLERK),
			new DemoAccount("head3", "周主任", "控告申诉检察部", StaffRole.SECTION_HEAD));

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final StaffAccounts accounts;

	private final PasswordEncoder encoder;

	private final List<DemoAccount> demo;

	@Autowired
	DemoAccounts(StaffAccounts accounts, PasswordEncoder encoder) {
		this(accounts, encoder, ACCOUNTS);
	}

	DemoAccounts(StaffAccounts accounts, PasswordEncoder encoder, List<DemoAccount> demo) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.demo = List.copyOf(demo);
	}

	@Override
	public void run(ApplicationArguments args) {
		create();
	}

	/**
	 * @return how many accounts were created
	 */
	int create() {
		int created = 0;
		for (DemoAccount account : this.demo) {
			if (this.accounts.exists(account.username())) {
				continue;
			}
			if (this.accounts
				.createIfAbsent(new NewStaffAccount(account.username(), account.name(), account.department(),
						List.of(account.role()), this.encoder.encode("demo-" + account.username())))) {
				created++;
			}
		}
		log.info("Demo staff accounts: {} created, {} already there", created, this.demo.size() - created);
		return created;
	}

	/** One demo member of staff. */
	record DemoAccount(String username, String name, String department, StaffRole role) {

	}

}
