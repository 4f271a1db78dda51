package id.deskpilkada.portal.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml; puts {@link ErrorStatusExceptionHandler} in front of the default handler. */
public class ErrorStatusExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ErrorStatusExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ErrorStatusExceptionHandler(getWrapped().getExceptionHandler());
    }
}
