package cn.jianwu.disclosure.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.disclosure.audit.AuditEntry;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemContent;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the staff item answer says each member may do next, through the approval chain:
 * the same refusals that guard the actions, without a server.
 */
class NextActionsTest {

	private static final UUID ITEM = UUID.randomUUID();

	private static final StaffMember CLERK = member("clerk1", "公诉部", StaffRole.CLERK);

	private static final StaffMember HEAD = member("head1", "公诉部", StaffRole.SECTION_HEAD);

	private static final StaffMember OTHER_HEAD = member("head2", "办公室", StaffRole.SECTION_HEAD);

	private static final StaffMember LEADER = member("leader1", "院领导", StaffRole.DIVISION_LEADER);

	private static final StaffMember CHIEF = member("chief", "院领导", StaffRole.CHIEF);

	private static final StaffMember PRESS = member("press", "公诉部", StaffRole.PRESS_OFFICER);

	private final List<AuditEntry> history = new ArrayList<>();

	@Test
	void aDraftIsTheDepartmentAuthorsToEditAndSubmit() {
		DisclosureItem draft = item(ItemStatus.DRAFT, null, false);
		assertThat(next(draft, CLERK)).containsExactly(WorkflowAction.EDIT, WorkflowAction.SUBMIT);
		assertThat(next(draft, HEAD)).as("a section head writes too").contains(WorkflowAction.SUBMIT);
		assertThat(next(draft, OTHER_HEAD)).isEmpty();
		assertThat(next(draft, LEADER)).isEmpty();
	}

	@Test
	void eachStepIsDecidedByItsRoleAndNeverByTheAuthor() {
		this.history.add(entry(WorkflowAction.SUBMIT, "clerk1"));
		DisclosureItem review = item(ItemStatus.PENDING_REVIEW, null, true);
		assertThat(next(review, CLERK)).isEmpty();
		assertThat(next(review, HEAD)).containsExactly(WorkflowAction.APPROVE, WorkflowAction.REJECT);
		assertThat(next(review, OTHER_HEAD)).as("another department's head").isEmpty();
		assertThat(next(review, LEADER)).as("not the leader's step yet").isEmpty();

		this.history.add(entry(WorkflowAction.APPROVE, "head1"));
		DisclosureItem approval = item(ItemStatus.PENDING_APPROVAL, null, true);
		assertThat(next(approval, LEADER)).containsExactly(WorkflowAction.APPROVE, WorkflowAction.REJECT);
		assertThat(next(approval, HEAD)).isEmpty();
		assertThat(next(approval, CHIEF)).isEmpty();

		StaffMember dual = member("head1", "公诉部", StaffRole.SECTION_HEAD, StaffRole.DIVISION_LEADER);
		assertThat(next(approval, dual)).as("whoever approved the step before").isEmpty();

		this.history.add(entry(WorkflowAction.APPROVE, "leader1"));
		assertThat(next(item(ItemStatus.PENDING_CHIEF, null, true), CHIEF)).containsExactly(WorkflowAction.APPROVE,
				WorkflowAction.REJECT);
	}

	@Test
	void aPublishedItemIsWithdrawnByLeadersRedeliveredByThePressAndEditedAsANewRevision() {
		DisclosureItem published = item(ItemStatus.PUBLISHED, 1, false);
		assertThat(next(published, LEADER)).containsExactly(WorkflowAction.WITHDRAW);
		assertThat(next(published, CHIEF)).containsExactly(WorkflowAction.WITHDRAW);
		assertThat(next(published, PRESS)).containsExactly(WorkflowAction.EDIT, WorkflowAction.REDELIVER);
		assertThat(next(published, CLERK)).containsExactly(WorkflowAction.EDIT);
		assertThat(next(item(ItemStatus.WITHDRAWN, null, false), LEADER)).isEmpty();
	}

	private List<WorkflowAction> next(DisclosureItem item, StaffMember who) {
		return NextActions.of(item, who, this.history, List.of());
	}

	private static DisclosureItem item(ItemStatus status, Integer publishedRevision, boolean important) {
		ItemContent content = new ItemContent(Category.GOVERNMENT_AFFAIRS, null, Term.AD_HOC, Visibility.PUBLIC, "公诉部",
				important, List.of(Channel.PORTAL), Set.of(), List.of(), List.of(), List.of(), null, "标题", null,
				"<p>正文</p>", null, null);
		return new DisclosureItem(ITEM, status, 1, publishedRevision, content, "clerk1", "clerk1", Instant.EPOCH,
				Instant.EPOCH, 1);
	}

	private AuditEntry entry(WorkflowAction action, String actor) {
		return new AuditEntry(this.history.size() + 1, ITEM, 1, action, actor, null, null, null, null, Instant.EPOCH,
				null, null);
	}

	private static StaffMember member(String username, String department, StaffRole... roles) {
		return new StaffMember(username, username, Set.of(roles), department);
	}

}
