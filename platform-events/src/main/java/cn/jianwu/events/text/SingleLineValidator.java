package cn.jianwu.events.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SingleLine}. */
public class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || !ControlCharacters.inLine(value);
	}

}
