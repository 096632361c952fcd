# An uncaught exception three calls deep: the traceback lists every frame with position markers.
def parse_record(text):
    fields = text.split(",")
    print("fields:", fields)
    return {"name": fields[0], "age": int(fields[1])}


def load(lines):
    records = []
    for line in lines:
        records.append(parse_record(line))
        print("loaded", records[-1])
    return records


def main():
    data = ["ann,31", "bob,27", "cy,unknown"]
    result = load(data)
    print("never reached", result)


print("starting")
main()
