package cn.jianwu.hall.activity;

import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** What an activity request cannot do, as Problem Details in Chinese. */
class ActivityProblem extends ErrorResponseException {

	private ActivityProblem(HttpStatus status, String type, String title, String detail) {
		super(status, Problems.of(status, type, title, detail), null);
	}

	static ActivityProblem notFound() {
		return new ActivityProblem(HttpStatus.NOT_FOUND, "activity-not-found", "未找到该活动", "该活动不存在或尚未发布。");
	}

	static ActivityProblem signUpNotFound() {
		return new ActivityProblem(HttpStatus.NOT_FOUND, "sign-up-not-found", "未找到该报名", "该活动没有这条报名记录。");
	}

	static ActivityProblem invalid(String detail) {
		return new ActivityProblem(HttpStatus.BAD_REQUEST, "validation", "请求内容有误", detail);
	}

	static ActivityProblem noDepartment() {
		return new ActivityProblem(HttpStatus.FORBIDDEN, "staff-without-department", "账号未设置所属部门",
				"您的账号未设置所属部门，无法发布活动，请联系系统管理员。");
	}

	static ActivityProblem cancelled() {
		return new ActivityProblem(HttpStatus.CONFLICT, "activity-cancelled", "活动已取消", "该活动已取消。");
	}

	static ActivityProblem started() {
		return new ActivityProblem(HttpStatus.CONFLICT, "activity-started", "活动已开始", "活动已开始或已结束，不能再取消。");
	}

	static ActivityProblem notHeld() {
		return new ActivityProblem(HttpStatus.CONFLICT, "activity-not-held", "活动尚未举办", "活动开始后才能发布活动报道。");
	}

	static ActivityProblem reportExists() {
		return new ActivityProblem(HttpStatus.CONFLICT, "activity-report-exists", "活动报道已提交", "该活动的报道已经提交公布，不能重复提交。");
	}

	static ActivityProblem signUpNotYetOpen() {
		return new ActivityProblem(HttpStatus.CONFLICT, "sign-up-not-open", "报名尚未开始", "本活动尚未开始报名，请在报名时间内报名。");
	}

	static ActivityProblem signUpClosed() {
		return new ActivityProblem(HttpStatus.CONFLICT, "sign-up-closed", "报名已截止", "本活动报名已截止。");
	}

	static ActivityProblem invitedOnly() {
		return new ActivityProblem(HttpStatus.FORBIDDEN, "sign-up-invited-only", "本活动仅限特邀人员报名",
				"本活动仅限特邀人员报名，请使用受邀时登记的姓名和电话号码。");
	}

	static ActivityProblem alreadySignedUp() {
		return new ActivityProblem(HttpStatus.CONFLICT, "sign-up-exists", "您已报名本活动", "该电话号码已报名本活动，每个电话号码只能报名一次。");
	}

	static ActivityProblem cannotCancel() {
		return new ActivityProblem(HttpStatus.CONFLICT, "sign-up-not-cancellable", "该报名不能取消",
				"已签到的报名，或活动开始后的报名，不能再取消。");
	}

	static ActivityProblem checkInNotPlaced() {
		return new ActivityProblem(HttpStatus.CONFLICT, "sign-up-not-placed", "该报名未获得名额", "候补或已取消的报名不能签到。");
	}

	static ActivityProblem checkInNotToday() {
		return new ActivityProblem(HttpStatus.CONFLICT, "sign-up-check-in-day", "只能在活动当天签到", "签到只能在活动当天、活动结束前办理。");
	}

}
