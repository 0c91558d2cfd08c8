package cn.jianwu.disclosure.validation;

import java.util.List;

import cn.jianwu.disclosure.api.item.DecisionRequest;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.ManualCheckRequest;
import cn.jianwu.platform.web.ControlCharacters;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * What the requests of the HTTP contract (disclosure-api, Spring-free, without
 * constraints) must hold before the service reads them: required fields and lengths.
 * Checked with every {@code @Valid} body, and refused like any other invalid field
 * (Problem Details {@code validation} with the {@code errors} per field).
 */
@ControllerAdvice
class ContractRequestChecks implements Validator {

	@InitBinder
	void register(WebDataBinder binder) {
		if (binder.getTarget() != null && supports(binder.getTarget().getClass())) {
			binder.addValidators(this);
		}
	}

	@Override
	public boolean supports(Class<?> type) {
		return type == ItemRequest.class || type == DecisionRequest.class || type == ManualCheckRequest.class;
	}

	@Override
	public void validate(Object target, Errors errors) {
		Fields fields = new Fields(errors);
		if (target instanceof ItemRequest item) {
			fields.required("title", item.title(), "请填写标题");
			fields.singleLine("title", item.title());
			fields.atMost("title", item.title(), 200, "标题不能超过200个字");
			fields.atMost("summary", item.summary(), 1000, "摘要不能超过1000个字");
			fields.required("body", item.body(), "请填写正文");
			fields.atMost("body", item.body(), 500000, "正文过长");
			fields.present("category", item.category(), "请选择公开类别");
			fields.required("department", item.department(), "请填写责任部门");
			fields.singleLine("department", item.department());
			fields.present("term", item.term(), "请选择公开时间（长期、定期或随时）");
			fields.present("visibility", item.visibility(), "请选择可见范围（公开或仅内部）");
			fields.atMost("persons", item.persons(), 200, "需匿名处理的人员不能超过200人");
			fields.atMost("addresses", item.addresses(), 200, "需删除的地址不能超过200条");
			fields.atMost("clearedNames", item.clearedNames(), 200, "标记为可公开的姓名不能超过200个");
			fields.atMost("minorClearance", item.minorClearance(), 500, "涉及未成年人提示的处理说明不能超过500个字");
		}
		else if (target instanceof DecisionRequest decision) {
			fields.atMost("comment", decision.comment(), 2000, "意见不能超过2000个字");
			fields.atMost("reason", decision.reason(), 2000, "理由不能超过2000个字");
		}
		else if (target instanceof ManualCheckRequest check) {
			fields.required("reason", check.reason(), "请填写人工确认的理由，说明查看了哪些内容。");
			fields.atMost("reason", check.reason(), 2000, "理由不能超过2000个字");
		}
	}

	/**
	 * Adds refusals as field errors directly: a record has no bean properties for
	 * {@code rejectValue} to read.
	 */
	private record Fields(Errors errors) {

		void required(String field, String value, String message) {
			if (value == null || value.isBlank()) {
				refuse(field, value, message);
			}
		}

		void present(String field, Object value, String message) {
			if (value == null) {
				refuse(field, null, message);
			}
		}

		void singleLine(String field, String value) {
			if (value != null && ControlCharacters.inLine(value)) {
				refuse(field, value, "不能含有换行或其他控制字符");
			}
		}

		void atMost(String field, String value, int max, String message) {
			if (value != null && value.length() > max) {
				refuse(field, value, message);
			}
		}

		void atMost(String field, List<?> values, int max, String message) {
			if (values != null && values.size() > max) {
				refuse(field, values, message);
			}
		}

		private void refuse(String field, Object value, String message) {
			if (this.errors instanceof BindingResult result) {
				result.addError(new FieldError(this.errors.getObjectName(), field, value, false, null, null, message));
			}
			else {
				this.errors.reject(field, message);
			}
		}

	}

}
