import js
print("should not get here")
