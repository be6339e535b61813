def logger():
    print("logger open")
    try:
        while True:
            try:
                line = yield
                print("log:", line)
            except ValueError as error:
                print("log: bad line,", error)
    except GeneratorExit:
        print("logger closed, cleaning up")

log = logger()
next(log)
log.send("first")
log.throw(ValueError("empty message"))
log.send("second")
log.close()
